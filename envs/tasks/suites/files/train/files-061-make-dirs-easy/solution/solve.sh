#!/usr/bin/env bash
mkdir -p /workspace/raven/logs
