package se.digiportal.portfolio.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import se.digiportal.kernel.api.Role;
import se.digiportal.portfolio.application.Views.PortfolioItemView;
import se.digiportal.portfolio.domain.PortfolioItemRepository;

/** The portfolio as the project office, the beredningsgrupp and the council read it. */
@Stateless
@RolesAllowed({Role.Names.PROJECT_OFFICE, Role.Names.PREPARER, Role.Names.COUNCIL_MEMBER,
        Role.Names.COUNCIL_SECRETARY})
public class PortfolioQueries {

    @Inject
    PortfolioItemRepository items;

    public List<PortfolioItemView> items() {
        return items.findAll().stream()
                .map(i -> new PortfolioItemView(i.id(), i.caseNumber().toString(), i.title(), i.serviceAreaCode(),
                        i.orgUnitId(), i.phase(), i.pilot(), i.enteredAt()))
                .toList();
    }
}
