package co.gov.cartagena.ruta.casos;

import co.gov.cartagena.ruta.personas.AccesoPorCasos;
import co.gov.cartagena.ruta.personas.Persona;
import co.gov.cartagena.ruta.seguridad.Usuario;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Las reglas de {@link PoliticaAcceso} aplicadas a una persona a través de sus casos, para el registro de personas. */
@ApplicationScoped
public class AccesoALasPersonas implements AccesoPorCasos {

    @Inject
    RepositorioCasos casos;

    @Override
    public boolean trabajaCasos(Usuario u) {
        return PoliticaAcceso.trabajaCasos(u);
    }

    @Override
    public boolean puedeFusionar(Usuario u) {
        return PoliticaAcceso.puedeFusionarPersonas(u);
    }

    @Override
    public boolean puedeVerDatos(Usuario u, Persona p) {
        List<Caso> suyos = casos.dePersona(p);
        return suyos.isEmpty() || suyos.stream().anyMatch(c -> PoliticaAcceso.puedeVer(u, c));
    }

    @Override
    public boolean puedeVerSensibles(Usuario u, Persona p) {
        List<Caso> suyos = casos.dePersona(p);
        return suyos.isEmpty() || suyos.stream().anyMatch(c -> PoliticaAcceso.puedeVerSensibles(u, c));
    }
}
