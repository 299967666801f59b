package se.digiportal.kernel.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The editable parts of a service area; its code never changes. */
public class ServiceAreaForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.size.max}")
    private String nameSv;

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.size.max}")
    private String nameEn;

    @Size(max = 1000, message = "{validation.size.max}")
    private String description;

    @Min(value = 0, message = "{validation.min}")
    @Max(value = 999, message = "{validation.max}")
    private int sortOrder;

    private boolean active = true;

    public static ServiceAreaForm of(Views.ServiceAreaView v) {
        ServiceAreaForm f = new ServiceAreaForm();
        f.nameSv = v.nameSv();
        f.nameEn = v.nameEn();
        f.description = v.description();
        f.sortOrder = v.sortOrder();
        f.active = v.active();
        return f;
    }

    public String getNameSv() { return nameSv; }
    public void setNameSv(String nameSv) { this.nameSv = nameSv; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
