package co.gov.cartagena.ruta.seguridad;

/** Un token Bearer que no se acepta. El mensaje es para el registro, no para el cliente. */
public class TokenInvalido extends Exception {
    public TokenInvalido(String mensaje) {
        super(mensaje);
    }

    public TokenInvalido(String mensaje, Throwable causa) {
        super(mensaje, causa);
    }
}
