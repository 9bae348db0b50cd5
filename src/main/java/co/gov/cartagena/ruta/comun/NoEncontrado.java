package co.gov.cartagena.ruta.comun;

/**
 * El registro no existe o quien pregunta no puede verlo: las dos cosas se responden igual, para que nadie pueda
 * averiguar qué casos existen adivinando identificadores. {@code que} nombra el registro («el caso 12»): el mensaje
 * es «No se encontró el caso 12.».
 */
public class NoEncontrado extends ErrorDelDominio {
    public NoEncontrado(Texto que) {
        super(Texto.de("comun.noEncontrado", que));
    }
}
