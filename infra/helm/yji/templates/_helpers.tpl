{{/* Labels every object carries; `component` is the yji process. */}}
{{- define "yji.labels" -}}
app.kubernetes.io/name: yji
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
{{ include "yji.selector" . }}
{{- end }}

{{- define "yji.selector" -}}
app.kubernetes.io/part-of: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .name }}
{{- end }}

{{- define "yji.image" -}}
{{ printf "%s/%s:%s" .root.Values.image.repository .name (.root.Values.image.tag | default .root.Chart.AppVersion) }}
{{- end }}

{{- define "yji.fullname" -}}
{{ printf "%s-%s" .root.Release.Name .name | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* A container that reads no more than it must and writes nowhere but /tmp. */}}
{{- define "yji.containerSecurity" -}}
securityContext:
  runAsNonRoot: true
  runAsUser: 1000
  allowPrivilegeEscalation: false
  readOnlyRootFilesystem: true
  capabilities: { drop: [ALL] }
  seccompProfile: { type: RuntimeDefault }
{{- end }}

{{/* The environment of one process, from its entry's flags (values.yaml, services). */}}
{{- define "yji.env" -}}
{{- $v := .root.Values -}}
- name: PORT
  value: "3000"
- name: LOG_LEVEL
  value: {{ $v.logLevel | quote }}
- name: SHUTDOWN_GRACE_MS
  value: {{ $v.http.shutdownGraceMs | quote }}
- name: OTEL_SERVICE_NAME
  value: {{ printf "yji-%s" .name | quote }}
- name: OTEL_TRACES_EXPORTER
  value: {{ $v.otel.tracesExporter | quote }}
{{- with $v.otel.endpoint }}
- name: OTEL_EXPORTER_OTLP_ENDPOINT
  value: {{ . | quote }}
{{- end }}
{{- if .service.http }}
- name: HTTP_TRUST_PROXY
  value: {{ $v.http.trustProxy | quote }}
- name: RATE_LIMIT_MAX
  value: {{ $v.http.rateLimitMax | quote }}
- name: RATE_LIMIT_WINDOW_MS
  value: {{ $v.http.rateLimitWindowMs | quote }}
{{- end }}
{{- if .service.database }}
- name: DATABASE_URL
  valueFrom: { secretKeyRef: { name: {{ $v.database.urlSecret.name }}, key: {{ $v.database.urlSecret.key }} } }
- name: DATABASE_POOL_SIZE
  value: {{ .service.poolSize | default 10 | quote }}
{{- end }}
{{- if .service.temporal }}
- name: TEMPORAL_ADDRESS
  value: {{ $v.temporal.address | quote }}
- name: TEMPORAL_NAMESPACE
  value: {{ $v.temporal.namespace | quote }}
- name: TEMPORAL_TASK_QUEUE
  value: {{ $v.temporal.taskQueue | quote }}
{{- with $v.temporal.tls.secretName }}
- name: TEMPORAL_TLS_CLIENT_CERT_PATH
  value: /etc/yji/temporal/tls.crt
- name: TEMPORAL_TLS_CLIENT_KEY_PATH
  value: /etc/yji/temporal/tls.key
{{- end }}
{{- if and $v.temporal.tls.secretName $v.temporal.tls.serverCa }}
- name: TEMPORAL_TLS_SERVER_CA_CERT_PATH
  value: /etc/yji/temporal/ca.crt
{{- end }}
{{- with $v.temporal.tls.serverName }}
- name: TEMPORAL_TLS_SERVER_NAME
  value: {{ . | quote }}
{{- end }}
{{- with $v.temporal.apiKey.secretName }}
- name: TEMPORAL_API_KEY
  valueFrom: { secretKeyRef: { name: {{ . }}, key: {{ $v.temporal.apiKey.key }} } }
{{- end }}
{{- end }}
{{- if .service.nats }}
- name: NATS_URL
  value: {{ $v.nats.url | quote }}
- name: EVENT_RETENTION_MS
  value: {{ $v.nats.eventRetentionMs | int64 | quote }}
{{- if .service.database }}
- name: OUTBOX_KEEP_PUBLISHED_MS
  value: {{ $v.nats.outboxKeepPublishedMs | int64 | quote }}
{{- end }}
{{- if $v.nats.credsSecret }}
- name: NATS_CREDS
  value: /etc/yji/nats-creds/nats.creds
{{- end }}
{{- if $v.nats.tls.secretName }}
- name: NATS_CA
  value: /etc/yji/nats-tls/ca.crt
{{- if $v.nats.tls.clientCert }}
- name: NATS_CERT
  value: /etc/yji/nats-tls/tls.crt
- name: NATS_KEY
  value: /etc/yji/nats-tls/tls.key
{{- end }}
{{- end }}
{{- end }}
{{- if .service.auth }}
- name: AUTH_JWKS_URL
  value: {{ $v.auth.jwksUrl | quote }}
- name: AUTH_ISSUER
  value: {{ $v.auth.issuer | quote }}
- name: AUTH_AUDIENCE
  value: {{ $v.auth.audience | quote }}
{{- end }}
{{- if .service.payloadKeys }}
- name: YJI_PAYLOAD_KEYS
  valueFrom: { secretKeyRef: { name: {{ $v.payloadKeys.secretName }}, key: {{ $v.payloadKeys.key }} } }
{{- end }}
{{- range $called := .service.callsApis }}
{{- $variable := printf "%s_API_URL" (upper $called) }}
{{- if not (hasKey ($.service.env | default dict) $variable) }}
- name: {{ $variable }}
  value: {{ printf "http://%s" (include "yji.fullname" (dict "root" $.root "name" $called)) | quote }}
{{- end }}
{{- end }}
{{- range $name, $value := .service.env }}
- name: {{ $name }}
  value: {{ $value | quote }}
{{- end }}
{{- range $name, $ref := .service.secretEnv }}
- name: {{ $name }}
  valueFrom: { secretKeyRef: { name: {{ $ref.name }}, key: {{ $ref.key }} } }
{{- end }}
{{- end }}

{{/* Secret files a process reads (TLS material, credentials), each mounted read-only under /etc/yji. */}}
{{- define "yji.secretMounts" -}}
{{- $v := .root.Values -}}
{{- if and .service.temporal $v.temporal.tls.secretName }}
- { name: temporal-tls, secret: { secretName: {{ $v.temporal.tls.secretName }} }, mountPath: /etc/yji/temporal }
{{- end }}
{{- if and .service.nats $v.nats.credsSecret }}
- { name: nats-creds, secret: { secretName: {{ $v.nats.credsSecret }} }, mountPath: /etc/yji/nats-creds }
{{- end }}
{{- if and .service.nats $v.nats.tls.secretName }}
- { name: nats-tls, secret: { secretName: {{ $v.nats.tls.secretName }} }, mountPath: /etc/yji/nats-tls }
{{- end }}
{{- if and .service.database $v.database.caSecret }}
- { name: postgres-ca, secret: { secretName: {{ $v.database.caSecret }} }, mountPath: /etc/yji/postgres }
{{- end }}
{{- end }}
