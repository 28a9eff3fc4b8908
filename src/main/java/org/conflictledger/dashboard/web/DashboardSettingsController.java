package org.conflictledger.dashboard.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.conflictledger.dashboard.DashboardProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The page's own settings (the optional tile server), read once by the map. */
@RestController
class DashboardSettingsController {

    private final DashboardProperties properties;

    DashboardSettingsController(DashboardProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/dashboard/settings.json")
    Map<String, Object> settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("tileUrl", properties.tileUrl());
        settings.put("tileAttribution", properties.tileAttribution());
        return settings;
    }
}
