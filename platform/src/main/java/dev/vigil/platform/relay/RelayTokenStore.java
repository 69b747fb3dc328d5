package dev.vigil.platform.relay;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.eventhandling.tokenstore.AbstractTokenEntry;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Where the relay keeps its position: Axon's JDBC token store on Axon's {@code token_entry} table, in
 * the transaction Spring holds. Axon's JPA store, used before, had Hibernate translate its update
 * query anew for every batch (46 % of the relay's CPU samples); rows either store wrote read the same.
 * One difference is closed here: Axon's JDBC store extends a claim by claiming again, so an instance
 * that stalled past the claim timeout would take back a segment another instance had meanwhile
 * claimed and let go, and write its older position over the newer one. Here, as in the JPA store, only
 * the owner extends a claim; an instance that lost it stops and claims anew from the stored position.
 */
final class RelayTokenStore extends JdbcTokenStore {

    /** Axon's token table as migration V1 made it for Axon's JPA token store (snake-case names). */
    private static final TokenSchema TOKEN_TABLE = TokenSchema.builder()
            .setTokenTable("token_entry")
            .setProcessorNameColumn("processor_name")
            .setSegmentColumn("segment")
            .setTokenColumn("token")
            .setTokenTypeColumn("token_type")
            .setTimestampColumn("timestamp")
            .setOwnerColumn("owner")
            .build();

    private static final String EXTEND = "update " + TOKEN_TABLE.tokenTable() + " set " + TOKEN_TABLE.timestampColumn()
            + " = ? where " + TOKEN_TABLE.ownerColumn() + " = ? and " + TOKEN_TABLE.processorNameColumn() + " = ? and "
            + TOKEN_TABLE.segmentColumn() + " = ?";

    private final String nodeId;

    private RelayTokenStore(Builder builder, String nodeId) {
        super(builder);
        this.nodeId = nodeId;
    }

    static RelayTokenStore over(DataSource dataSource, Serializer serializer, String nodeId, Duration claimTimeout) {
        return new RelayTokenStore(JdbcTokenStore.builder()
                .connectionProvider(new SpringDataSourceConnectionProvider(dataSource))
                .schema(TOKEN_TABLE)
                .contentType(byte[].class)
                .serializer(serializer)
                .nodeId(nodeId)
                .claimTimeout(claimTimeout), nodeId);
    }

    @Override
    public void extendClaim(String processorName, int segment) throws UnableToClaimTokenException {
        int extended;
        try (Connection connection = getConnection(); PreparedStatement update = connection.prepareStatement(EXTEND)) {
            update.setString(1, DateTimeUtils.formatInstant(AbstractTokenEntry.clock.instant()));
            update.setString(2, nodeId);
            update.setString(3, processorName);
            update.setInt(4, segment);
            extended = update.executeUpdate();
        } catch (SQLException e) {
            throw new JdbcException("could not extend the claim on segment " + segment + " of " + processorName, e);
        }
        if (extended == 0) {
            throw new UnableToClaimTokenException("segment " + segment + " of " + processorName
                    + " is not claimed by " + nodeId + " any more");
        }
    }
}
