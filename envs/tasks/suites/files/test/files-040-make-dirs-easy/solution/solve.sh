#!/usr/bin/env bash
mkdir -p /workspace/jasper/archive
