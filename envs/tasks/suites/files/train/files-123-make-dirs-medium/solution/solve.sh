#!/usr/bin/env bash
mkdir -p /workspace/island/old /workspace/island/docs /workspace/island/reports
