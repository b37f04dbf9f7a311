#!/usr/bin/env bash
cp /workspace/coral.txt /workspace/docs/willow.txt
