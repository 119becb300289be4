package org.digifin.server.party;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.digifin.basics.domain.Party;
import org.digifin.basics.domain.PartyKind;
import org.digifin.basics.id.PartyId;
import org.digifin.server.web.Page;
import org.digifin.server.web.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores parties. */
@Repository
public class PartyRepository {

  private final JdbcClient jdbc;

  public PartyRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts each party whose id is new; returns how many were. Call within a transaction. */
  public int insertNew(List<Party> parties) {
    int inserted = 0;
    for (Party p : parties) {
      inserted +=
          jdbc.sql(
                  """
                  INSERT INTO party (id, kind, name, born_or_founded, industry_code, region)
                  VALUES (:id, :kind, :name, :born, :industry, :region)
                  ON CONFLICT (id) DO NOTHING
                  """)
              .param("id", p.id().value())
              .param("kind", p.kind().name())
              .param("name", p.name())
              .param("born", p.bornOrFounded())
              .param("industry", p.industryCode().orElse(null))
              .param("region", p.region())
              .update();
    }
    return inserted;
  }

  /** The stored parties among {@code ids}, by id. */
  public Map<PartyId, Party> findAll(List<PartyId> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return jdbc
        .sql("SELECT * FROM party WHERE id = ANY(:ids)")
        .param("ids", ids.stream().map(PartyId::value).toArray(String[]::new))
        .query(PartyRepository::party)
        .list()
        .stream()
        .collect(Collectors.toMap(Party::id, Function.identity()));
  }

  public Optional<Party> find(PartyId id) {
    return jdbc.sql("SELECT * FROM party WHERE id = :id")
        .param("id", id.value())
        .query(PartyRepository::party)
        .optional();
  }

  /** Parties by kind and region (either may be null), ordered by id. */
  public Page<Party> search(PartyKind kind, String region, PageRequest page) {
    List<String> where = new ArrayList<>();
    if (kind != null) {
      where.add("kind = :kind");
    }
    if (region != null) {
      where.add("region = :region");
    }
    String sql =
        "SELECT * FROM party"
            + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
            + " ORDER BY id LIMIT :limit OFFSET :offset";
    JdbcClient.StatementSpec spec = jdbc.sql(sql);
    if (kind != null) {
      spec = spec.param("kind", kind.name());
    }
    if (region != null) {
      spec = spec.param("region", region);
    }
    List<Party> rows =
        spec.param("limit", page.fetch())
            .param("offset", page.offset())
            .query(PartyRepository::party)
            .list();
    return Page.of(rows, page.page(), page.size());
  }

  public long count() {
    return jdbc.sql("SELECT count(*) FROM party").query(Long.class).single();
  }

  static Party party(ResultSet rs, int row) throws SQLException {
    return new Party(
        PartyId.of(rs.getString("id")),
        PartyKind.valueOf(rs.getString("kind")),
        rs.getString("name"),
        rs.getObject("born_or_founded", java.time.LocalDate.class),
        Optional.ofNullable(rs.getString("industry_code")),
        rs.getString("region"));
  }
}
