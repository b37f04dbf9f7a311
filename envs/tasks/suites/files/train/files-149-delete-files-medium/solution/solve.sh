#!/usr/bin/env bash
rm /workspace/island.txt /workspace/willow.txt /workspace/raven.txt
