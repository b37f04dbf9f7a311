#!/usr/bin/env bash
mkdir -p /workspace/delta/logs
