package se.digiportal.web.admin;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import se.digiportal.kernel.api.Role;

/** Roles in multi-selects, where Faces cannot see the element type of the bound set. */
@FacesConverter("userRoleConverter")
public class RoleConverter implements Converter<Role> {

    @Override
    public Role getAsObject(FacesContext context, UIComponent component, String value) {
        return value == null || value.isBlank() ? null : Role.valueOf(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Role value) {
        return value == null ? "" : value.name();
    }
}
