package bench;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import java.time.Instant;
import java.util.UUID;

/** The baseline: a primary-key select and one insert per read; one insert per write. */
@Path("/items")
public class ItemResource {

    @GET
    @Path("{id}")
    @Transactional
    public Item read(@PathParam("id") UUID id) {
        Item item = Item.findById(id);
        if (item == null) {
            throw new NotFoundException();
        }
        ReadLog log = new ReadLog();
        log.id = UUID.randomUUID();
        log.itemId = id;
        log.readAt = Instant.now();
        log.persist();
        return item;
    }

    @POST
    @Transactional
    public Item write(Item input) {
        Item item = new Item();
        item.id = UUID.randomUUID();
        item.name = input.name;
        item.municipality = input.municipality;
        item.status = "INTAKE";
        item.createdAt = Instant.now();
        item.persist();
        return item;
    }
}
