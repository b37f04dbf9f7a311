#!/usr/bin/env bash
mv /workspace/reports/mango.txt /workspace/reports/raven.txt
