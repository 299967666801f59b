package se.digiportal.kernel.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.Role;
import se.digiportal.kernel.application.Views.SettingView;
import se.digiportal.kernel.domain.Changes;
import se.digiportal.kernel.domain.Setting;
import se.digiportal.kernel.domain.SettingKey;
import se.digiportal.kernel.domain.SettingRepository;

/** Reads the settings modules depend on (stored value or default); administrators change them, audited. */
@Stateless
public class SettingsService {

    @Inject
    SettingRepository settings;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    CurrentUserService currentUser;

    @PermitAll
    public String value(SettingKey key) {
        return settings.find(key).map(Setting::value).orElse(key.defaultValue());
    }

    @PermitAll
    public int intValue(SettingKey key) {
        return Integer.parseInt(value(key));
    }

    @RolesAllowed(Role.Names.ADMIN)
    public List<SettingView> all() {
        return Arrays.stream(SettingKey.values()).map(this::view).toList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public SettingView change(SettingKey key, String newValue) {
        Setting setting = settings.find(key).orElseGet(() -> new Setting(key));
        String before = setting.value();
        try {
            setting.change(newValue, clock.instant(), currentUser.username());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("value", "setting.invalid." + key.type().name());
        }
        settings.save(setting);
        audit.record("Setting", key.name(), "SETTING_CHANGED", Changes.of("value", before, setting.value()));
        return view(key);
    }

    private SettingView view(SettingKey key) {
        return settings.find(key)
                .map(s -> new SettingView(key, key.type(), s.value(), key.defaultValue(), s.updatedAt(), s.updatedBy()))
                .orElse(new SettingView(key, key.type(), key.defaultValue(), key.defaultValue(), null, null));
    }
}
