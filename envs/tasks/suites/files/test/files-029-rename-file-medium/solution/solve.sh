#!/usr/bin/env bash
mv /workspace/reports/stone.txt /workspace/reports/maple.txt
