package org.parley.identity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.parley.access.domain.Role;
import org.parley.shared.Agency;
import org.parley.shared.Classification;
import org.parley.shared.PlainText;

/**
 * A person who signs in to Parley.
 *
 * <p>A user account holds one or more {@linkplain Role roles}, belongs to at most one {@linkplain
 * Agency agency} and holds a clearance level on the {@linkplain Classification classification}
 * scale. The password is stored only as a PBKDF2 hash in the format of Jakarta Security's {@code
 * Pbkdf2PasswordHash}; the database identity store reads it directly. A disabled account cannot
 * sign in. The account records its last two sign-ins; the user is shown the one before the current
 * one.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
  @SequenceGenerator(
      name = "user_account_seq",
      sequenceName = "user_account_seq",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true, length = 64)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(name = "password_hash", nullable = false, length = 300)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "agency_code", length = 16)
  private Agency agency;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Classification clearance;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_account_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 32)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "last_sign_in_at")
  private Instant lastSignInAt;

  @Column(name = "previous_sign_in_at")
  private Instant previousSignInAt;

  @Version private long version;

  protected UserAccount() {}

  /**
   * Whether some account could have the name {@code submitted}: none holds a control, line-break or
   * invisible character. Names that fail are answered as unknown without asking the database
   * (PostgreSQL refuses even to compare a text holding NUL).
   */
  public static boolean couldBeUsername(String submitted) {
    return submitted != null && PlainText.violation(submitted, false).isEmpty();
  }

  public UserAccount(
      String username,
      String displayName,
      String passwordHash,
      Agency agency,
      Classification clearance,
      Set<Role> roles) {
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.agency = agency;
    this.clearance = clearance;
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    this.enabled = true;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public Optional<Agency> getAgency() {
    return Optional.ofNullable(agency);
  }

  public Classification getClearance() {
    return clearance;
  }

  public Set<Role> getRoles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Optional<Instant> getLastSignInAt() {
    return Optional.ofNullable(lastSignInAt);
  }

  /**
   * The sign-in before the latest one, shown to the user so that they notice one they did not make.
   */
  public Optional<Instant> getPreviousSignInAt() {
    return Optional.ofNullable(previousSignInAt);
  }
}
