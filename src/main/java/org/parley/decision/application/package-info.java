/**
 * Deciding cleared proposals, and the decision memo that puts a version, its findings, every
 * agency's position and the decision on paper ({@code DecisionMemo}, printed behind the {@code
 * MemoRenderer} port by {@code infrastructure.MemoPdf}); the decision feature reaches proposals and
 * clearance through their application APIs.
 */
package org.parley.decision.application;
