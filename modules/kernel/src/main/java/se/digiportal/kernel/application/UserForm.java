package se.digiportal.kernel.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import se.digiportal.kernel.api.Role;
import se.digiportal.kernel.domain.UserAccount;

/** What an administrator fills in for a user; the password is only set when given. */
public class UserForm {

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = UserAccount.USERNAME_PATTERN, message = "{user.username.format}")
    private String username;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.size.max}")
    private String fullName;

    @Email(message = "{validation.email}")
    @Size(max = 254, message = "{validation.size.max}")
    private String email;

    @Size(max = 40, message = "{validation.size.max}")
    private String phone;

    @Size(max = 120, message = "{validation.size.max}")
    private String title;

    @NotNull(message = "{validation.required}")
    private Long orgUnitId;

    private Set<Role> roles = EnumSet.of(Role.SUBMITTER);

    private boolean active = true;

    /** A new password, or blank to keep the current one. */
    @Size(min = 0, max = 200, message = "{validation.size.max}")
    private String newPassword;

    public static UserForm of(Views.UserView v) {
        UserForm f = new UserForm();
        f.username = v.username();
        f.fullName = v.fullName();
        f.email = v.email();
        f.phone = v.phone();
        f.title = v.title();
        f.orgUnitId = v.orgUnitId();
        f.roles = v.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(v.roles());
        f.active = v.active();
        return f;
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username == null ? null : username.trim().toLowerCase(); }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email == null || email.isBlank() ? null : email.trim(); }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Long getOrgUnitId() { return orgUnitId; }
    public void setOrgUnitId(Long orgUnitId) { this.orgUnitId = orgUnitId; }
    public Set<Role> getRoles() { return roles; }
    public void setRoles(Set<Role> roles) { this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
}
