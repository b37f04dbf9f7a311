#!/usr/bin/env bash
mkdir -p /workspace/backup/garnet && mv /workspace/coral.txt /workspace/backup/garnet/
