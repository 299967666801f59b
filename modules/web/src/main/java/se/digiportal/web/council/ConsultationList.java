package se.digiportal.web.council;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.digiportal.council.application.ConsultationViews.ConsultationView;
import se.digiportal.council.application.Consultations;
import se.digiportal.council.domain.ConsultationStatus;

/** The council's snabbsamråd: requested and open ones with their deadline and answers so far, then the closed. */
@Named
@ViewScoped
public class ConsultationList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Consultations consultations;

    private List<ConsultationView> current;
    private List<ConsultationView> closed;

    @PostConstruct
    void load() {
        List<ConsultationView> all = consultations.list();
        current = all.stream().filter(c -> c.status() != ConsultationStatus.CLOSED).toList();
        closed = all.stream().filter(c -> c.status() == ConsultationStatus.CLOSED).toList();
    }

    public List<ConsultationView> getCurrent() { return current; }
    public List<ConsultationView> getClosed() { return closed; }
}
