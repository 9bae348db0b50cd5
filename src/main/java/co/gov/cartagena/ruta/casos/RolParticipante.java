package co.gov.cartagena.ruta.casos;

/**
 * Papel de una persona en un caso. Cada ruta dice cuál es el de la persona para quien se abre el caso
 * ({@link DefinicionRuta#rolPrincipal()}) y cuáles se agregan después. Las páginas muestran el texto de
 * {@code caso.rol.<PAPEL>} de los paquetes de mensajes; {@link #nombre()} es el de los mensajes del dominio.
 */
public enum RolParticipante {
    TITULAR("Titular"),
    MIEMBRO_HOGAR("Miembro del hogar"),
    VICTIMA("Víctima"),
    AGRESOR("Agresor/a");

    private final String nombre;

    RolParticipante(String nombre) {
        this.nombre = nombre;
    }

    public String nombre() {
        return nombre;
    }
}
