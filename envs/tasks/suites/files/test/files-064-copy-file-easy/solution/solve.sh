#!/usr/bin/env bash
cp /workspace/harbor.txt /workspace/lantern.txt
