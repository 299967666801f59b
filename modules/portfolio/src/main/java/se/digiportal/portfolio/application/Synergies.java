package se.digiportal.portfolio.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.digiportal.beredning.api.PreparationOverview;
import se.digiportal.kernel.api.Role;
import se.digiportal.kernel.application.Directory;
import se.digiportal.objects.api.SystemNames;
import se.digiportal.portfolio.domain.PortfolioItem;
import se.digiportal.portfolio.domain.PortfolioItemRepository;
import se.digiportal.portfolio.domain.synergy.SynergyFinder;
import se.digiportal.portfolio.domain.synergy.SynergyFinder.Entry;
import se.digiportal.portfolio.domain.synergy.SynergyFinder.Kind;

/**
 * The synergy view: open portfolio items and cases still in beredning that overlap (the same registered system,
 * text about the same thing, the same tjänsteområde in two förvaltningar), so the project office can merge or
 * coordinate them. Reads only what beredning and objects publish.
 */
@Stateless
@RolesAllowed(Role.Names.PROJECT_OFFICE)
public class Synergies {

    @Inject
    PortfolioItemRepository items;

    @Inject
    PreparationOverview preparation;

    @Inject
    SystemNames systems;

    @Inject
    Directory directory;

    /** One side of an overlap. */
    public record Party(String kind, String caseNumber, String title, String serviceAreaCode, String forvaltning) {
    }

    /** An overlap; {@code similarity} in whole percent of shared significant words. */
    public record OverlapView(Party first, Party second, List<String> reasons, List<String> systems, int similarity) {
    }

    public List<OverlapView> overlaps() {
        Map<Long, Long> forvaltningOfUnit = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (PortfolioItem i : items.findAll()) {
            if (!i.phase().isFinal()) {
                long f = forvaltningOfUnit.computeIfAbsent(i.orgUnitId(), id -> {
                    var view = directory.forvaltningOf(id);
                    names.put(view.id(), view.name());
                    return view.id();
                });
                entries.add(new Entry(Kind.ITEM, i.caseNumber().toString(), i.title(), null, i.serviceAreaCode(), f));
            }
        }
        for (var c : preparation.openCases()) {
            names.computeIfAbsent(c.forvaltningId(), id -> directory.forvaltningOf(id).name());
            entries.add(new Entry(Kind.CASE, c.caseNumber(), c.title(), null, c.serviceAreaCode(), c.forvaltningId()));
        }
        return SynergyFinder.overlaps(entries, systems.registered()).stream()
                .map(o -> new OverlapView(party(o.first(), names), party(o.second(), names),
                        o.reasons().stream().sorted().map(Enum::name).toList(), List.copyOf(o.systems()),
                        (int) Math.round(o.similarity() * 100)))
                .toList();
    }

    private static Party party(Entry e, Map<Long, String> names) {
        return new Party(e.kind().name(), e.caseNumber(), e.title(), e.serviceAreaCode(), names.get(e.unitId()));
    }
}
