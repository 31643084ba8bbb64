package org.xueliang.alerts.gb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.xueliang.alerts.store.Jdbc;

/**
 * GB28181 devices and their catalog channels over JDBC. Every method blocks: call it from a
 * {@code StoreExecutor} thread, never from an event loop or a SIP thread.
 *
 * <p>Text that devices send is cut to the column sizes (see {@code V3__gb_devices.sql}) rather
 * than refused. Every change stamps {@code updated_at} with the injected clock.
 */
public final class GbDeviceStore {
    private static final String DEVICE_COLUMNS = "device_id, name, manufacturer, model, firmware, transport,"
            + " remote_address, gb_version, online, last_keepalive, registered_at, expires_at, updated_at";

    private final DataSource dataSource;
    private final Clock clock;

    public GbDeviceStore(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Records a registration or refresh: a new device is added, a known one keeps its DeviceInfo
     * fields, last keepalive and catalog. Either way it is online afterwards.
     *
     * <p>The gateway handles one device's REGISTERs one at a time; two concurrent first
     * registrations of the same new device would make one of them fail with a StoreException.
     *
     * @return the device as stored
     */
    public GbDevice register(GbRegistration registration) {
        Instant now = now();
        String id = registration.deviceId();
        return Jdbc.inTransaction(dataSource, "storing registration of device " + id, connection -> {
            if (updateRegistration(connection, registration, now) == 0) {
                insertDevice(connection, registration, now);
            }
            return select(connection, id).orElseThrow(() -> new GbDeviceNotFoundException(id));
        });
    }

    private static int updateRegistration(Connection connection, GbRegistration registration, Instant now)
            throws SQLException {
        String sql = "UPDATE gb_devices SET transport = ?, remote_address = ?, gb_version = ?, online = TRUE,"
                + " registered_at = ?, expires_at = ?, updated_at = ? WHERE device_id = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, registration.transport().name());
            statement.setString(2, GbSql.cut(registration.remoteAddress(), 100));
            statement.setString(3, GbSql.cut(registration.gbVersion(), 16));
            statement.setObject(4, Jdbc.timestamp(registration.registeredAt()));
            statement.setObject(5, Jdbc.timestamp(registration.expiresAt()));
            statement.setObject(6, Jdbc.timestamp(now));
            statement.setString(7, registration.deviceId());
            return statement.executeUpdate();
        }
    }

    private static void insertDevice(Connection connection, GbRegistration registration, Instant now)
            throws SQLException {
        String sql = "INSERT INTO gb_devices (" + DEVICE_COLUMNS + ")"
                + " VALUES (?, NULL, NULL, NULL, NULL, ?, ?, ?, TRUE, NULL, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, registration.deviceId());
            statement.setString(2, registration.transport().name());
            statement.setString(3, GbSql.cut(registration.remoteAddress(), 100));
            statement.setString(4, GbSql.cut(registration.gbVersion(), 16));
            statement.setObject(5, Jdbc.timestamp(registration.registeredAt()));
            statement.setObject(6, Jdbc.timestamp(registration.expiresAt()));
            statement.setObject(7, Jdbc.timestamp(now));
            statement.executeUpdate();
        }
    }

    /**
     * Records a keepalive: the device is online, was last heard at {@code at}, from {@code remoteAddress}
     * (devices behind NAT change address between keepalives).
     *
     * @return true when this brought the device back from offline
     * @throws GbDeviceNotFoundException when the device never registered
     */
    public boolean keepalive(String deviceId, Instant at, String remoteAddress) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(remoteAddress, "remoteAddress");
        Instant now = now();
        return Jdbc.inTransaction(dataSource, "storing keepalive of device " + deviceId, connection -> {
            boolean cameBack = changeOnline(connection, deviceId, true, now) == 1;
            String sql = "UPDATE gb_devices SET last_keepalive = ?, remote_address = ?, updated_at = ?"
                    + " WHERE device_id = ?";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setObject(1, Jdbc.timestamp(at.truncatedTo(ChronoUnit.MICROS)));
                statement.setString(2, GbSql.cut(remoteAddress, 100));
                statement.setObject(3, Jdbc.timestamp(now));
                statement.setString(4, deviceId);
                if (statement.executeUpdate() == 0) {
                    throw new GbDeviceNotFoundException(deviceId);
                }
            }
            return cameBack;
        });
    }

    /**
     * Sets the online state: offline after missed keepalives, an expired registration or a
     * de-registration ({@code Expires: 0}), which keeps the device and its catalog.
     *
     * @return true when the state changed, false when it already was {@code online}
     * @throws GbDeviceNotFoundException when the device never registered
     */
    public boolean setOnline(String deviceId, boolean online) {
        Instant now = now();
        return Jdbc.inTransaction(dataSource, "setting device " + deviceId + " online " + online, connection -> {
            if (changeOnline(connection, deviceId, online, now) == 1) {
                return true;
            }
            select(connection, deviceId).orElseThrow(() -> new GbDeviceNotFoundException(deviceId));
            return false;
        });
    }

    /** The state condition makes the change atomic: of two concurrent callers only one sees it change. */
    private static int changeOnline(Connection connection, String deviceId, boolean online, Instant now)
            throws SQLException {
        String sql = "UPDATE gb_devices SET online = ?, updated_at = ? WHERE device_id = ? AND online <> ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setBoolean(1, online);
            statement.setObject(2, Jdbc.timestamp(now));
            statement.setString(3, deviceId);
            statement.setBoolean(4, online);
            return statement.executeUpdate();
        }
    }

    /**
     * Marks every device offline, at server start: none has shown since, and each comes back
     * online with its next REGISTER or keepalive.
     *
     * @return how many devices were online
     */
    public int markAllOffline() {
        Instant now = now();
        return Jdbc.inTransaction(dataSource, "marking every device offline", connection -> {
            String sql = "UPDATE gb_devices SET online = FALSE, updated_at = ? WHERE online";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setObject(1, Jdbc.timestamp(now));
                return statement.executeUpdate();
            }
        });
    }

    /**
     * Stores what a device said about itself in a DeviceInfo answer; fields it left out keep
     * their stored value.
     *
     * @return the device as stored
     * @throws GbDeviceNotFoundException when the device never registered
     */
    public GbDevice updateInfo(GbDeviceInfo info) {
        Instant now = now();
        String id = info.deviceId();
        String sql = "UPDATE gb_devices SET name = COALESCE(?, name), manufacturer = COALESCE(?, manufacturer),"
                + " model = COALESCE(?, model), firmware = COALESCE(?, firmware), updated_at = ? WHERE device_id = ?";
        return Jdbc.inTransaction(dataSource, "storing device info of " + id, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, GbSql.cut(info.name(), 200));
                statement.setString(2, GbSql.cut(info.manufacturer(), 100));
                statement.setString(3, GbSql.cut(info.model(), 100));
                statement.setString(4, GbSql.cut(info.firmware(), 100));
                statement.setObject(5, Jdbc.timestamp(now));
                statement.setString(6, id);
                if (statement.executeUpdate() == 0) {
                    throw new GbDeviceNotFoundException(id);
                }
            }
            return select(connection, id).orElseThrow(() -> new GbDeviceNotFoundException(id));
        });
    }

    /**
     * Replaces a device's catalog with a complete Catalog answer, in one transaction: readers see
     * the old catalog or the new one, never a mix. An item listed twice counts once, the last one
     * winning (some NVRs repeat items across packets).
     *
     * @return the stored channels in channel ID order
     * @throws GbDeviceNotFoundException when the device never registered
     */
    public List<GbChannel> replaceChannels(String deviceId, List<GbCatalogItem> items) {
        Map<String, GbCatalogItem> byId = new LinkedHashMap<>();
        items.forEach(item -> byId.put(item.channelId(), item));
        Instant now = now();
        return Jdbc.inTransaction(dataSource, "storing catalog of device " + deviceId, connection -> {
            lockDevice(connection, deviceId);
            try (PreparedStatement statement =
                         connection.prepareStatement("DELETE FROM gb_channels WHERE device_id = ?")) {
                statement.setString(1, deviceId);
                statement.executeUpdate();
            }
            GbChannelRows.insert(connection, deviceId, byId.values(), now);
            return GbChannelRows.list(connection, deviceId);
        });
    }

    /** Locks the device row so that two catalogs of one device are stored one after the other. */
    private static void lockDevice(Connection connection, String deviceId) throws SQLException {
        try (PreparedStatement statement =
                     connection.prepareStatement("SELECT device_id FROM gb_devices WHERE device_id = ? FOR UPDATE")) {
            statement.setString(1, deviceId);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new GbDeviceNotFoundException(deviceId);
                }
            }
        }
    }

    /** The device with this ID, if any. */
    public Optional<GbDevice> find(String deviceId) {
        return Jdbc.read(dataSource, "reading device " + deviceId, connection -> select(connection, deviceId));
    }

    /** One page of the devices matching the query, in device ID order, with the total count. */
    public GbDevicePage list(GbDeviceQuery query) {
        String where = query.online() == null ? "" : " WHERE online = ?";
        return Jdbc.read(dataSource, "listing devices", connection -> {
            long total;
            try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM gb_devices" + where)) {
                bindOnline(statement, query);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    total = rows.getLong(1);
                }
            }
            List<GbDevice> devices = total <= query.offset() ? List.of() : page(connection, where, query);
            return new GbDevicePage(devices, total, query.limit(), query.offset());
        });
    }

    private static List<GbDevice> page(Connection connection, String where, GbDeviceQuery query)
            throws SQLException {
        String sql = "SELECT " + DEVICE_COLUMNS + " FROM gb_devices" + where + " ORDER BY device_id LIMIT ? OFFSET ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int next = bindOnline(statement, query);
            statement.setInt(next, query.limit());
            statement.setLong(next + 1, query.offset());
            List<GbDevice> devices = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    devices.add(device(rows));
                }
            }
            return devices;
        }
    }

    private static int bindOnline(PreparedStatement statement, GbDeviceQuery query) throws SQLException {
        if (query.online() == null) {
            return 1;
        }
        statement.setBoolean(1, query.online());
        return 2;
    }

    /**
     * The catalog of a device, in channel ID order; empty before its first Catalog answer.
     *
     * @throws GbDeviceNotFoundException when the device never registered
     */
    public List<GbChannel> channels(String deviceId) {
        return Jdbc.read(dataSource, "reading catalog of device " + deviceId, connection -> {
            select(connection, deviceId).orElseThrow(() -> new GbDeviceNotFoundException(deviceId));
            return GbChannelRows.list(connection, deviceId);
        });
    }

    /** One channel of a device's catalog, if listed. */
    public Optional<GbChannel> findChannel(String deviceId, String channelId) {
        return Jdbc.read(dataSource, "reading channel " + channelId + " of device " + deviceId,
                connection -> GbChannelRows.find(connection, deviceId, channelId));
    }

    private static Optional<GbDevice> select(Connection connection, String deviceId) throws SQLException {
        try (PreparedStatement statement =
                     connection.prepareStatement("SELECT " + DEVICE_COLUMNS + " FROM gb_devices WHERE device_id = ?")) {
            statement.setString(1, deviceId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(device(rows)) : Optional.empty();
            }
        }
    }

    private static GbDevice device(ResultSet rows) throws SQLException {
        return new GbDevice(rows.getString("device_id"), rows.getString("name"), rows.getString("manufacturer"),
                rows.getString("model"), rows.getString("firmware"), SipTransport.valueOf(rows.getString("transport")),
                rows.getString("remote_address"), rows.getString("gb_version"), rows.getBoolean("online"),
                Jdbc.instant(rows, "last_keepalive"), Jdbc.instant(rows, "registered_at"),
                Jdbc.instant(rows, "expires_at"), Jdbc.instant(rows, "updated_at"));
    }
}
