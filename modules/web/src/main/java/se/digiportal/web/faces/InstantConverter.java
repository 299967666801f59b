package se.digiportal.web.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Shows every instant in the municipality's local time, ISO style ("2026-11-21 14:30"). */
@FacesConverter(forClass = Instant.class)
public class InstantConverter implements Converter<Instant> {

    static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.trim(), FORMAT).atZone(MUNICIPALITY).toInstant();
        } catch (DateTimeParseException e) {
            throw new ConverterException(e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return value == null ? "" : FORMAT.format(value.atZone(MUNICIPALITY));
    }
}
