package co.gov.cartagena.ruta.comun;

/** El rol o las sedes de quien llama no le permiten esta operación sobre algo que sí puede ver. */
public class OperacionNoPermitida extends ErrorDelDominio {
    public OperacionNoPermitida(Texto texto) {
        super(texto);
    }
}
