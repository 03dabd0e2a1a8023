package cz.opora.conference.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CoordinatorRepository implements PanacheRepositoryBase<CoordinatorProfile, UUID> {

    public Optional<CoordinatorProfile> findBySubject(String subject) {
        return find("userSubject", subject).firstResultOptional();
    }

    public List<CoordinatorProfile> active() {
        return list("active = true order by name, id");
    }
}
