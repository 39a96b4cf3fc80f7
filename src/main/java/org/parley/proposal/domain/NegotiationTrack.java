package org.parley.proposal.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;

/**
 * A standing negotiation with one counterpart, owned by a special envoy and worked by their staff.
 * Proposals are drafted on a track; its members are the only ones who draft and submit them.
 */
@Entity
@Table(name = "negotiation_track")
public class NegotiationTrack {

  @Id private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false, length = 200)
  private String counterpart;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private TrackLevel level;

  /** The start of every proposal reference on this track, e.g. {@code DPRK}. */
  @Column(name = "reference_prefix", nullable = false, length = 16)
  private String referencePrefix;

  @Column(name = "envoy_username", nullable = false, length = 64)
  private String envoy;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "track_staff", joinColumns = @JoinColumn(name = "track_id"))
  @Column(name = "username", nullable = false, length = 64)
  private Set<String> staff = new HashSet<>();

  /** Business days an agency has to answer a clearance round on this track. */
  @Column(name = "clearance_days", nullable = false)
  private int clearanceDays;

  @Version private long version;

  protected NegotiationTrack() {}

  public NegotiationTrack(
      long id,
      String name,
      String counterpart,
      TrackLevel level,
      String referencePrefix,
      String envoy,
      Set<String> staff,
      int clearanceDays) {
    this.id = id;
    this.name = name;
    this.counterpart = counterpart;
    this.level = level;
    this.referencePrefix = referencePrefix;
    this.envoy = envoy;
    this.staff = new HashSet<>(staff);
    this.clearanceDays = clearanceDays;
  }

  public boolean isEnvoy(String username) {
    return envoy.equals(username);
  }

  /** The envoy or one of the staff. */
  public boolean isMember(String username) {
    return isEnvoy(username) || staff.contains(username);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getCounterpart() {
    return counterpart;
  }

  public TrackLevel getLevel() {
    return level;
  }

  public String getReferencePrefix() {
    return referencePrefix;
  }

  public String getEnvoy() {
    return envoy;
  }

  public Set<String> getStaff() {
    return Set.copyOf(staff);
  }

  public int getClearanceDays() {
    return clearanceDays;
  }
}
