package bench;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One row per read, in the read's transaction: the baseline's counterpart of Opora's audit row. */
@Entity
@Table(name = "bench_read")
public class ReadLog extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID itemId;
    public Instant readAt;
}
