package co.gov.cartagena.ruta.personas;

import java.time.LocalDate;

/** Los datos que se registran o corrigen de una persona (lo que llega de un formulario o de la API). */
public record DatosPersona(
        TipoDocumento tipoDocumento,
        String numeroDocumento,
        String nombres,
        String apellidos,
        LocalDate fechaNacimiento,
        Sexo sexo,
        String identidadGenero,
        String orientacionSexual,
        Etnia etnia,
        String discapacidad,
        String nacionalidad,
        String estatusMigratorio,
        boolean victimaConflicto,
        boolean registradaRuv,
        String telefono,
        String correo,
        String direccion,
        String localidad,
        String barrio) {

    /** Solo lo mínimo para una atención urgente. */
    public static DatosPersona minimos(TipoDocumento tipo, String numero, String nombres, String apellidos,
            LocalDate nacimiento, Sexo sexo) {
        return new DatosPersona(tipo, numero, nombres, apellidos, nacimiento, sexo, null, null, null, null, null,
                null, false, false, null, null, null, null, null);
    }

    boolean traeDatosPersonales() {
        return hay(nacionalidad) || hay(estatusMigratorio) || hay(telefono) || hay(correo) || hay(direccion)
                || hay(localidad) || hay(barrio);
    }

    boolean traeDatosSensibles() {
        return hay(identidadGenero) || hay(orientacionSexual) || (etnia != null && etnia != Etnia.NINGUNA)
                || hay(discapacidad) || victimaConflicto || registradaRuv;
    }

    private static boolean hay(String s) {
        return s != null && !s.isBlank();
    }
}
