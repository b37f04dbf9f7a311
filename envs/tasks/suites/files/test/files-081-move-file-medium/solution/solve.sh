#!/usr/bin/env bash
mkdir -p /workspace/reports && mv /workspace/cedar.txt /workspace/reports/
