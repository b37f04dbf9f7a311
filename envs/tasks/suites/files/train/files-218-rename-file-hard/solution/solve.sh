#!/usr/bin/env bash
mv /workspace/logs/lemon/coral.log /workspace/logs/lemon/pepper.md
