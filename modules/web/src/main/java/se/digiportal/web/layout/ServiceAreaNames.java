package se.digiportal.web.layout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.stream.Collectors;
import se.digiportal.kernel.application.OrganisationService;
import se.digiportal.kernel.application.Views.ServiceAreaView;

/** Shows a service area's name in the user's language where pages hold only its code. */
@Named
@RequestScoped
public class ServiceAreaNames {

    @Inject
    OrganisationService organisation;

    @Inject
    Language language;

    private Map<String, ServiceAreaView> byCode;

    public String name(String code) {
        if (byCode == null) {
            byCode = organisation.serviceAreas().stream()
                    .collect(Collectors.toMap(ServiceAreaView::code, a -> a));
        }
        ServiceAreaView area = byCode.get(code);
        if (area == null) {
            return code;
        }
        return language.isSwedish() ? area.nameSv() : area.nameEn();
    }
}
