#!/usr/bin/env bash
sed -i 's/velvet/lantern/g' /workspace/raven.txt
