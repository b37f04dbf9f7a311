#!/usr/bin/env bash
mkdir -p /workspace/stone/assets
