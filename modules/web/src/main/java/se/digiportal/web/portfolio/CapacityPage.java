package se.digiportal.web.portfolio;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.Role;
import se.digiportal.portfolio.application.PortfolioCapacity;
import se.digiportal.portfolio.application.Views.CapacityView;
import se.digiportal.portfolio.application.Views.ResourceKindView;
import se.digiportal.web.faces.FacesMessages;
import se.digiportal.web.layout.CurrentUser;

/** Booked hours against capacity per resource kind and month, over-booking marked; the project office sets capacity. */
@Named
@ViewScoped
public class CapacityPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PortfolioCapacity capacity;

    @Inject
    transient FacesMessages messages;

    @Inject
    CurrentUser currentUser;

    private CapacityView view;
    private String from;
    private String kindCode;
    private String month;
    private String hours;

    @PostConstruct
    void load() {
        show();
    }

    public void show() {
        YearMonth first = null;
        if (from != null && !from.isBlank()) {
            try {
                first = YearMonth.parse(from.trim());
            } catch (DateTimeParseException e) {
                messages.fieldErrors("range", InvalidInputException.of("from", "portfolio.error.month"));
                return;
            }
        }
        view = capacity.view(first, 12);
        from = view.months().get(0).toString();
    }

    public void setCapacity() {
        try {
            YearMonth m;
            try {
                m = month == null || month.isBlank() ? null : YearMonth.parse(month.trim());
            } catch (DateTimeParseException e) {
                throw InvalidInputException.of("month", "portfolio.error.month");
            }
            Integer h;
            try {
                h = hours == null || hours.isBlank() ? null : Integer.valueOf(hours.trim());
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("hours", "portfolio.error.capacity");
            }
            capacity.setCapacity(kindCode, m, h);
            messages.info("portfolio.capacitySet");
            view = capacity.view(view.months().get(0), 12);
        } catch (InvalidInputException e) {
            messages.fieldErrors("capacityForm", e);
        }
    }

    public String kindName(ResourceKindView kind) {
        boolean english = "en".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
        return english ? kind.nameEn() : kind.nameSv();
    }

    public boolean isEditor() {
        return currentUser.has(Role.PROJECT_OFFICE);
    }

    public CapacityView getView() { return view; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getKindCode() { return kindCode; }
    public void setKindCode(String kindCode) { this.kindCode = kindCode; }
    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public String getHours() { return hours; }
    public void setHours(String hours) { this.hours = hours; }
}
