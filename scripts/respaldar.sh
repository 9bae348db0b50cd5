#!/usr/bin/env bash
# Respaldo de Ruta con el sistema en marcha (no hay que detener Ruta): docs/operaciones.md, «Respaldo».
#
#   MARIADB_OPCIONES=/etc/ruta/primaria.cnf scripts/respaldar.sh /var/respaldos/ruta
#
# Deja en DESTINO/ruta-AAAAMMDDTHHMMSSZ/ tres archivos e imprime esa carpeta en la última línea:
#   cuentas.sql  las cuentas de MariaDB con sus claves (cifradas) y permisos: ruta_app sin DDL ni TRIGGER, que
#                es lo que hace la auditoría inalterable, y ruta_propietario, dueño de los disparadores
#   ruta.sql     la base ruta entera, leída en una sola transacción (--single-transaction: una foto consistente
#                de InnoDB sin bloquear a Ruta), con sus disparadores, rutinas y eventos
#   SHA256SUMS   las sumas de los dos, que restaurar.sh comprueba antes de tocar nada
#
# MARIADB_OPCIONES: archivo de opciones del cliente ([client] host, port o socket, user, password) de una cuenta
# administradora del servidor; la clave no va en la línea de comandos. MARIADB_BIN: carpeta de mariadb-dump si
# no está en el PATH (y la de mariadb). No respalde mientras se aplica una migración (DDL): --single-transaction no la aísla.
set -euo pipefail

destino=${1:?"Uso: scripts/respaldar.sh DESTINO (la carpeta donde guardar los respaldos)"}
opciones=${MARIADB_OPCIONES:?"Falta MARIADB_OPCIONES: el archivo de opciones del cliente con la cuenta administradora"}
[ -r "$opciones" ] || { echo "No se puede leer $opciones" >&2; exit 2; }
programas=${MARIADB_BIN:+$MARIADB_BIN/}

carpeta="$destino/ruta-$(date -u +%Y%m%dT%H%M%SZ)"
umask 077
mkdir -p "$carpeta"

# Cuentas: CREATE USER IF NOT EXISTS y GRANT (--insert-ignore), para no pisar las que ya tenga el servidor nuevo.
"${programas}mariadb-dump" --defaults-extra-file="$opciones" --system=users --insert-ignore \
    > "$carpeta/cuentas.sql"
# Con registro binario (primaria o réplica), el volcado anota su posición GTID como comentario
# («-- SET GLOBAL gtid_slave_pos=…»): con ella, una réplica nueva cargada con este respaldo sigue a la primaria
# desde ahí (docs/operaciones.md, «Configurar la réplica»).
posicion=()
binlog=$("${programas}mariadb" --defaults-extra-file="$opciones" --batch --skip-column-names -e "SELECT @@log_bin")
[ "$binlog" = "1" ] && posicion=(--master-data=2 --gtid)
"${programas}mariadb-dump" --defaults-extra-file="$opciones" --single-transaction --quick "${posicion[@]}" \
    --routines --triggers --events --hex-blob --default-character-set=utf8mb4 \
    --databases ruta > "$carpeta/ruta.sql"
# Un volcado que se cortó no termina con esta línea: mejor saberlo ahora que al restaurar.
tail -n 1 "$carpeta/ruta.sql" | grep -q '^-- Dump completed' \
    || { echo "El volcado de ruta quedó incompleto: $carpeta/ruta.sql" >&2; exit 1; }
(cd "$carpeta" && sha256sum cuentas.sql ruta.sql > SHA256SUMS)
echo "$carpeta"
