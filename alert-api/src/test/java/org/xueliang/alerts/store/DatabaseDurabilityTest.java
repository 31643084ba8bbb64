package org.xueliang.alerts.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** H2 files are opened so that a commit reaches the file before it returns (CrashRecoveryIT shows why). */
class DatabaseDurabilityTest {
    @Test
    void h2FilesWriteEachCommitThrough() {
        assertThat(Database.durable("jdbc:h2:file:/var/lib/xueliang/xueliang"))
                .isEqualTo("jdbc:h2:file:/var/lib/xueliang/xueliang;WRITE_DELAY=0");
        assertThat(Database.durable("jdbc:h2:./data/xueliang;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:./data/xueliang;MODE=PostgreSQL;WRITE_DELAY=0");
    }

    @Test
    void anExplicitSettingAndOtherDatabasesAreLeftAlone() {
        assertThat(Database.durable("jdbc:h2:file:/d/x;write_delay=500")).isEqualTo("jdbc:h2:file:/d/x;write_delay=500");
        assertThat(Database.durable("jdbc:h2:mem:t;DB_CLOSE_DELAY=-1")).isEqualTo("jdbc:h2:mem:t;DB_CLOSE_DELAY=-1");
        assertThat(Database.durable("jdbc:postgresql://db:5432/xl")).isEqualTo("jdbc:postgresql://db:5432/xl");
    }
}
