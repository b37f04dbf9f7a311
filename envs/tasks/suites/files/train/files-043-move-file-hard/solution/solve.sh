#!/usr/bin/env bash
mkdir -p /workspace/backup/cobalt && mv /workspace/raven.txt /workspace/backup/cobalt/
