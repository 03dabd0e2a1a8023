package bench;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A row about the size of a family's: what the baseline reads by primary key. */
@Entity
@Table(name = "bench_item")
public class Item extends PanacheEntityBase {
    @Id
    public UUID id;
    public String name;
    public String municipality;
    public String status;
    public Instant createdAt;
}
