insert into agency (code, name) values ('STATE', 'Department of State');
insert into agency (code, name) values ('DEFENSE', 'Department of Defense');
insert into agency (code, name) values ('ENERGY', 'Department of Energy');
insert into agency (code, name) values ('TREASURY', 'Department of the Treasury');
insert into agency (code, name) values ('IC', 'Intelligence Community');
insert into agency (code, name) values ('NSC', 'National Security Council staff');
