#!/usr/bin/env bash
mv /workspace/docs/velvet/cedar.bak /workspace/docs/velvet/stone.csv
