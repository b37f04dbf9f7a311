#!/usr/bin/env bash
mkdir -p /workspace/river/logs
