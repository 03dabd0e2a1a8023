package cz.opora.common.outbox;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relay's drain loop does not lose a wake-up (issue 21): a commit that arrives after the loop's last look and
 * before the relay stops running finds it running, leaves the publishing to it, and must not wait for the next poll.
 * The window is made certain here: the wake-up is delivered from {@link OutboxRelay#release()}, just before it.
 */
@Tag("fast")
class OutboxRelayWakeUpTest {

    @Test
    void aWakeUpJustBeforeTheRelayStopsRunningIsDrainedAtOnce() {
        AtomicInteger ticks = new AtomicInteger();
        AtomicInteger lateWakeUps = new AtomicInteger();
        OutboxRelay relay = new OutboxRelay() {
            @Override
            void tick() {
                ticks.incrementAndGet();
            }

            @Override
            void release() {
                if (lateWakeUps.getAndIncrement() == 0) {
                    onWritten(new OutboxWritten()); // a commit in the window: the relay is still running
                }
                super.release();
            }
        };
        relay.drain();
        assertThat(ticks).as("publishing passes: the first, and one for the late wake-up").hasValue(2);
    }

    @Test
    void aWakeUpWhileItPublishesIsDrainedInTheSameRun() {
        AtomicInteger ticks = new AtomicInteger();
        OutboxRelay relay = new OutboxRelay() {
            @Override
            void tick() {
                if (ticks.incrementAndGet() == 1) {
                    onWritten(new OutboxWritten());
                }
            }
        };
        relay.drain();
        assertThat(ticks).hasValue(2);
    }

    @Test
    void withNothingWrittenOneDrainIsOnePass() {
        AtomicInteger ticks = new AtomicInteger();
        OutboxRelay relay = new OutboxRelay() {
            @Override
            void tick() {
                ticks.incrementAndGet();
            }
        };
        relay.drain();
        assertThat(ticks).hasValue(1);
    }
}
