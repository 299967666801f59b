package se.digiportal.objects.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.digiportal.kernel.api.ConflictException;
import se.digiportal.kernel.api.InvalidInputException;
import se.digiportal.kernel.api.NotFoundException;
import se.digiportal.kernel.api.Role;
import se.digiportal.kernel.application.AuditTrail;
import se.digiportal.kernel.application.MailMessage;
import se.digiportal.kernel.application.Mailer;
import se.digiportal.kernel.domain.Changes;
import se.digiportal.kernel.domain.UserAccount;
import se.digiportal.kernel.domain.UserAccountRepository;
import se.digiportal.objects.application.Views.CompletenessRow;
import se.digiportal.objects.application.Views.InventoryReport;
import se.digiportal.objects.application.Views.RoundView;
import se.digiportal.objects.application.Views.TaskView;
import se.digiportal.objects.domain.InventoryAnswer;
import se.digiportal.objects.domain.InventoryRepository;
import se.digiportal.objects.domain.InventoryRound;
import se.digiportal.objects.domain.InventoryTask;
import se.digiportal.objects.domain.ItSystem;
import se.digiportal.objects.domain.ItSystemRepository;
import se.digiportal.objects.domain.Lifecycle;
import se.digiportal.objects.domain.NotResponsible;
import se.digiportal.objects.domain.PlanStateConflict;

/**
 * The systeminventering: a förvaltningsledare or administrator opens a round, every system's specialists get a
 * task and a mail, confirm or correct their system, silent systems are reminded once, and the round's
 * completeness report shows what is still missing per förvaltning and object.
 */
@Stateless
public class SystemInventory {

    private static final String BUNDLE = "se.digiportal.kernel.i18n.messages";

    @Resource
    SessionContext context;

    @Inject
    InventoryRepository inventory;

    @Inject
    ItSystemRepository systems;

    @Inject
    UserAccountRepository users;

    @Inject
    RegisterNames names;

    @Inject
    AuditTrail audit;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    /** Opens a round over one object's systems, or over the whole register when {@code objectId} is null. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PREPARER})
    public RoundView openRound(String title, Long objectId, LocalDate deadline, LocalDate remindOn) {
        InventoryRound round = new InventoryRound(title, objectId, deadline, remindOn, actor(), clock.instant(),
                LocalDate.now(clock));
        List<ItSystem> covered = (objectId == null ? systems.findAll() : systems.findByObject(objectId)).stream()
                .filter(s -> s.lifecycle() != Lifecycle.RETIRED).toList();
        if (covered.isEmpty()) {
            throw InvalidInputException.of("objectId", "inventory.noSystems");
        }
        inventory.save(round);
        List<InventoryTask> tasks = new ArrayList<>();
        for (ItSystem system : covered) {
            InventoryTask task = new InventoryTask(round, system);
            inventory.save(task);
            tasks.add(task);
        }
        audit.record("InventoryRound", round.id(), "INVENTORY_OPENED", Changes.between(Map.of(), Map.of(
                "title", round.title(), "deadline", round.deadline(), "remindOn", round.remindOn(),
                "systems", tasks.size())));
        mailAssignees(tasks, "inventory.mail.task", round);
        return view(round, tasks);
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.PREPARER})
    public List<RoundView> rounds() {
        return inventory.findRounds().stream().map(r -> view(r, inventory.findTasks(r.id()))).toList();
    }

    /** The caller's open tasks: any signed-in user may be a specialist, whatever other roles they hold. */
    @PermitAll
    public List<TaskView> myTasks() {
        return inventory.findOpenTasksOf(actor()).stream()
                .map(t -> view(t, round(t.roundId()))).toList();
    }

    @PermitAll
    public TaskView confirm(long taskId) {
        InventoryTask task = task(taskId);
        InventoryRound round = round(task.roundId());
        answering(() -> task.confirm(round, actor(), clock.instant()));
        inventory.save(task);
        audit.record("InventoryTask", task.id(), "INVENTORY_CONFIRMED",
                Changes.of("answer", InventoryAnswer.PENDING, task.answer()));
        return view(task, round);
    }

    /** Applies the specialist's corrections to the register and records the task as corrected. */
    @PermitAll
    public TaskView correct(long taskId, CorrectionForm form) {
        InventoryTask task = task(taskId);
        InventoryRound round = round(task.roundId());
        CorrectionForm correction = form == null ? new CorrectionForm() : form;
        answering(() -> task.correct(round, actor(), correction.getNote(), clock.instant()));
        ItSystem system = systems.findAll().stream().filter(s -> s.id().equals(task.systemId())).findFirst()
                .orElseThrow(() -> new NotFoundException("system " + task.systemId()));
        Map<String, Object> before = snapshot(system);
        try {
            system.describe(system.description(),
                    correction.getSupplier() == null ? system.supplier() : correction.getSupplier(),
                    correction.getContractEnd() == null ? system.contractEnd() : correction.getContractEnd());
            system.classify(correction.getLifecycle() == null ? system.lifecycle() : correction.getLifecycle(),
                    correction.getCriticality() == null ? system.criticality() : correction.getCriticality(),
                    system.disposition());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("supplier", "plan.text.tooLong");
        }
        inventory.save(task);
        audit.record("ItSystem", system.id(), "SYSTEM_CORRECTED_IN_INVENTORY", Changes.between(before, snapshot(system)));
        audit.record("InventoryTask", task.id(), "INVENTORY_CORRECTED",
                Changes.of("answer", InventoryAnswer.PENDING, task.answer()));
        return view(task, round);
    }

    /**
     * Reminds the silent systems of every open round whose reminder date has come, once per round. Runs from the
     * timer, without a caller, hence open to all; it only ever does what is due.
     */
    @PermitAll
    public int sendDueReminders() {
        LocalDate today = LocalDate.now(clock);
        int reminded = 0;
        for (InventoryRound round : inventory.findOpenRounds()) {
            if (!round.reminderDue(today)) {
                continue;
            }
            List<InventoryTask> silent = inventory.findTasks(round.id()).stream().filter(InventoryTask::silent).toList();
            silent.forEach(InventoryTask::markReminded);
            silent.forEach(inventory::save);
            round.markReminded(clock.instant());
            inventory.save(round);
            audit.record("InventoryRound", round.id(), "INVENTORY_REMINDED", Changes.of("reminded", null, silent.size()));
            mailAssignees(silent, "inventory.mail.reminder", round);
            reminded += silent.size();
        }
        return reminded;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.PREPARER})
    public InventoryReport report(long roundId) {
        InventoryRound round = round(roundId);
        List<InventoryTask> tasks = inventory.findTasks(roundId);
        Map<Long, String> units = names.orgUnitNames();
        Map<Long, String> objects = names.objectNames();
        return new InventoryReport(view(round, tasks),
                completeness(tasks, t -> units.getOrDefault(t.orgUnitId(), "?")),
                completeness(tasks.stream().filter(t -> t.managedObjectId() != null).toList(),
                        t -> objects.getOrDefault(t.managedObjectId(), "?")),
                tasks.stream().map(t -> view(t, round)).toList());
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.PREPARER})
    public InventoryReport closeRound(long roundId) {
        InventoryRound round = round(roundId);
        try {
            round.close(clock.instant());
        } catch (PlanStateConflict e) {
            throw new ConflictException(e.getMessage());
        }
        inventory.save(round);
        audit.record("InventoryRound", round.id(), "INVENTORY_CLOSED", Changes.of("closedAt", null, round.closedAt()));
        return report(roundId);
    }

    private static List<CompletenessRow> completeness(List<InventoryTask> tasks, Function<InventoryTask, String> key) {
        Map<String, List<InventoryTask>> groups = tasks.stream()
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
        List<CompletenessRow> rows = new ArrayList<>();
        groups.forEach((name, list) -> rows.add(new CompletenessRow(name, list.size(),
                (int) list.stream().filter(t -> !t.silent()).count(),
                list.stream().filter(InventoryTask::silent).map(InventoryTask::systemName).toList())));
        return rows;
    }

    private void answering(Runnable answer) {
        try {
            answer.run();
        } catch (NotResponsible e) {
            throw new EJBAccessException(e.getMessage());
        } catch (PlanStateConflict e) {
            throw new ConflictException(e.getMessage());
        }
    }

    /** One mail per person, naming all their systems in the round, in the portal's language (Swedish). */
    private void mailAssignees(List<InventoryTask> tasks, String key, InventoryRound round) {
        Map<String, List<String>> systemsByPerson = new LinkedHashMap<>();
        for (InventoryTask task : tasks) {
            task.assignees().forEach(p -> systemsByPerson.computeIfAbsent(p, x -> new ArrayList<>()).add(task.systemName()));
        }
        ResourceBundle text = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag("sv"));
        systemsByPerson.forEach((username, systemNames) -> users.findByUsername(username)
                .map(UserAccount::email)
                .filter(email -> email != null && email.contains("@"))
                .ifPresent(email -> mailer.send(new MailMessage(email,
                        MessageFormat.format(text.getString(key + ".subject"), round.title()),
                        MessageFormat.format(text.getString(key + ".body"), String.join(", ", systemNames),
                                round.deadline().toString())))));
    }

    private InventoryRound round(long id) {
        return inventory.findRound(id).orElseThrow(() -> new NotFoundException("round " + id));
    }

    private InventoryTask task(long id) {
        return inventory.findTask(id).orElseThrow(() -> new NotFoundException("task " + id));
    }

    private String actor() {
        return context.getCallerPrincipal().getName();
    }

    private static RoundView view(InventoryRound r, List<InventoryTask> tasks) {
        return new RoundView(r.id(), r.title(), r.managedObjectId(), SystemRegister.iso(r.deadline()),
                SystemRegister.iso(r.remindOn()), r.openedBy(),
                r.openedAt(), r.reminderSentAt(), r.closedAt(), tasks.size(),
                (int) tasks.stream().filter(t -> t.answer() == InventoryAnswer.CONFIRMED).count(),
                (int) tasks.stream().filter(t -> t.answer() == InventoryAnswer.CORRECTED).count(),
                (int) tasks.stream().filter(InventoryTask::silent).count());
    }

    private static TaskView view(InventoryTask t, InventoryRound r) {
        return new TaskView(t.id(), r.id(), r.title(), SystemRegister.iso(r.deadline()), t.systemId(), t.systemName(), t.assignees(),
                t.answer(), t.answeredBy(), t.answeredAt(), t.correctionNote(), t.reminded());
    }

    private static Map<String, Object> snapshot(ItSystem s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("supplier", s.supplier());
        m.put("contractEnd", s.contractEnd());
        m.put("lifecycle", s.lifecycle());
        m.put("criticality", s.criticality());
        return m;
    }
}
