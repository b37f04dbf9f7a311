#!/usr/bin/env bash
mkdir -p /workspace/cloud/backup /workspace/cloud/archive /workspace/cloud/assets /workspace/cloud/notes /workspace/cloud/archive/willow /workspace/cloud/assets/sunny
