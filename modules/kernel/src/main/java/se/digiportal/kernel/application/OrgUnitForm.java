package se.digiportal.kernel.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.digiportal.kernel.domain.OrgUnitKind;

/** What an administrator fills in to create or change an org unit; used by the page and the API alike. */
public class OrgUnitForm {

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{1,31}", message = "{orgunit.code.format}")
    private String code;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.size.max}")
    private String name;

    @NotNull(message = "{validation.required}")
    private OrgUnitKind kind;

    private Long parentId;

    private boolean active = true;

    /** Username of the förvaltningschef; förvaltningar only. */
    @Size(max = 64, message = "{validation.size.max}")
    private String manager;

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code == null ? null : code.trim().toUpperCase(); }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public OrgUnitKind getKind() { return kind; }
    public void setKind(OrgUnitKind kind) { this.kind = kind; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public String getManager() { return manager; }
    public void setManager(String manager) { this.manager = manager == null || manager.isBlank() ? null : manager.trim(); }
}
