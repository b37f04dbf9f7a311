#!/usr/bin/env bash
mkdir -p /workspace/jasper/logs /workspace/jasper/inbox /workspace/jasper/backup /workspace/jasper/notes /workspace/jasper/backup/ember /workspace/jasper/inbox/harbor
